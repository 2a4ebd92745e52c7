#pragma once

#include "awsconstraints.h"

namespace Infra::AwsRules {

// The audit-trail rules of AwsConstraints (issue 14 item 15):
// - log-retention-values: a CloudWatch log group's retention_in_days is one CloudWatch accepts;
// - access-log-delivery: a load balancer's access log bucket uses SSE-S3 and grants the Elastic
//   Load Balancing principal s3:PutObject; CloudFront's standard log bucket accepts ACLs;
// - rds-log-groups: every log type an RDS instance or Aurora cluster exports has a log group the
//   module owns (/aws/rds/instance/<identifier>/<type>, /aws/rds/cluster/<identifier>/<type>),
//   created first, so it is not created without a retention;
// - vpc-endpoint-dns: an interface endpoint with private DNS lives in a VPC with DNS support
//   and DNS host names.
void auditTrail(const TerraformModule &module, QList<AwsConstraints::Violation> &out);

} // namespace Infra::AwsRules
