#pragma once

#include "text/text.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace Infra {

class Design;
class DerivedModel;

// One line of the review report: the playbook's quality standards (resilience, scalability,
// security, cost efficiency, observability, documentation) and its self-verification
// checklist, each judged on this design with the evidence (components, numbers).
struct ReviewItem
{
    enum class Group { QualityStandard, Checklist };
    enum class Status { Passed, Failed, NotEvaluated };  // NotEvaluated: the studio cannot tell (no cost rule, …)

    QString id;              // "resilience", "checklist-connection-pooling"
    Group group = Group::QualityStandard;
    QString title;           // the playbook's wording
    Status status = Status::Passed;
    QStringList evidence;    // "db: multi_az true", "web: min 2 tasks"
    QStringList componentIds; // the components that failed the item (to highlight them)
    // The title and evidence with their source templates (core/text), for the user's language.
    Text titleText;
    std::vector<Text> evidenceText;

    QString displayTitle() const { return titleText.isEmpty() ? title : titleText.translated(); }
    QStringList displayEvidence() const;

    bool passed() const { return status == Status::Passed; }
    bool operator==(const ReviewItem &other) const = default;

    static std::vector<ReviewItem> review(const Design &design, const DerivedModel &model);
};

QString reviewStatusName(ReviewItem::Status status);  // "passed", "failed", "not_evaluated"
QString reviewGroupName(ReviewItem::Group group);     // "quality_standard", "checklist"

} // namespace Infra
