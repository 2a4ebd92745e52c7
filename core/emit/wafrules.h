#pragma once

#include "awsconstraints.h"

namespace Infra::AwsRules {

// The `waf-scope` rule of AwsConstraints: a web ACL for CloudFront has scope CLOUDFRONT and is
// created in us-east-1 (the us-east-1 provider alias, or a default provider there), and only a
// distribution's web_acl_id names it; a REGIONAL web ACL is associated with a regional resource
// (the load balancer) and never named by a distribution.
void wafScope(const TerraformModule &module, QList<AwsConstraints::Violation> &out);

} // namespace Infra::AwsRules
