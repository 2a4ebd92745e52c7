#pragma once

#include "terraformmodule.h"

#include <QList>
#include <QString>

namespace Infra {

// AWS's documented constraints on a Terraform root module, checked before anyone runs
// `terraform apply`: engine versions AWS still creates, PostgreSQL parameter units and ranges,
// name lengths and characters, certificate regions, CloudFront origin TLS names, alarm
// dimensions that exist for the metric, IAM actions scoped to the module's own resources.
// The provider schema check (tests/terraform) knows which arguments exist; these rules know
// which values AWS accepts and which ones work. Every rule names its source
// (docs/aws-constraints.md lists them with the date they were read) and has a fixture it
// rejects in tst_awsconstraints.
class AwsConstraints
{
public:
    struct Rule
    {
        QString id;      // "rds-engine-version"
        QString title;
        QString source;  // URL of the AWS documentation the rule follows
    };
    struct Violation
    {
        enum class Severity { Error, Warning };
        QString rule;
        Severity severity = Severity::Error;
        QString address; // "aws_db_instance.db" or "aws_db_parameter_group.db: shared_buffers"
        QString message;
        bool isError() const { return severity == Severity::Error; }
        QString toString() const; // "error rds-engine-version aws_db_instance.db: message"
    };

    static const QList<Rule> &rules();
    static QList<Violation> check(const TerraformModule &module);
    static int errorCount(const QList<Violation> &violations);
};

} // namespace Infra
