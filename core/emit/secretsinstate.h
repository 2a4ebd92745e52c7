#pragma once

#include "awsconstraints.h"

namespace Infra::AwsRules {

// The `secrets-in-state` rule of AwsConstraints: no secret value in the Terraform state where
// the AWS provider offers a write-only argument (Terraform >= 1.11) or an ephemeral resource;
// a warning for an argument that has no write-only form.
void secretsInState(const TerraformModule &module, QList<AwsConstraints::Violation> &out);

} // namespace Infra::AwsRules
