// The baseline's process: reads a synth folder (its CPU time is reported, and bench/run.ts takes it off: a plain
// app would be code, not JSON to read), loads the provider classes it uses, then builds and synthesizes the plain
// cdktf app. Prints one JSON line with its own figures for bench/run.ts.
// Run: node -r ./scripts/register.js bench/plain-main.ts <synth folder> <out folder>
import { App } from 'cdktf';
import { buildPlainApp, preloadClasses, readSynthFolder } from './plain-app';

const [source, outdir] = process.argv.slice(2);
const readStart = process.cpuUsage();
const stacks = readSynthFolder(source);
const readCpu = process.cpuUsage(readStart);
preloadClasses(stacks);
const start = process.cpuUsage();
const wallStart = process.hrtime.bigint();
const app = new App({ outdir });
const summary = buildPlainApp(app, stacks);
app.synth();
const cpu = process.cpuUsage(start);
process.stdout.write(
  `${JSON.stringify({
    ...summary,
    readCpuSeconds: (readCpu.user + readCpu.system) / 1e6,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    wallSeconds: Number(process.hrtime.bigint() - wallStart) / 1e9,
  })}\n`,
);
