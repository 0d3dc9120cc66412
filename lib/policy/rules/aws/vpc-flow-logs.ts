import { checkEach, defineRule } from '../../rule';
import { AWS } from '../../private/providers';
import { referrers } from '../../../terraform-json';

/** Every VPC records its traffic with a flow log. Cross-resource: an aws_flow_log must reference the VPC. */
export const vpcFlowLogs = defineRule(__filename, {
  description: 'VPCs have flow logs',
  category: 'extended-logging',
  severity: 'warning',
  fix: 'Add an aws_flow_log with vpc_id = the VPC and traffic_type = "ALL" (AwsNetwork flowLogs, on from the enhanced level)',
  understands: [{ form: 'aws_flow_log.vpc_id', providers: AWS }],
  check: (doc) =>
    checkEach(doc, 'aws_vpc', (vpc) => (referrers(doc, 'aws_flow_log', 'vpc_id', vpc).length > 0 ? undefined : 'no aws_flow_log references this VPC')),
});
