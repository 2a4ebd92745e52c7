#include "applydecisiondialog.h"

#include "comparedialog.h"
#include "localmoney.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>

namespace Infra {

namespace {

QString signedMoney(double usd)
{
    return (usd >= 0 ? QStringLiteral("+") : QStringLiteral("−")) + localDollars(std::abs(usd));
}

} // namespace

ApplyDecisionDialog::ApplyDecisionDialog(const Decision &decision, const Design &before, const Design &after,
                                         QWidget *parent)
    : QDialog(parent)
    , m_conversion(decision.conversion)
    , m_before(before)
    , m_after(after)
{
    setObjectName(QStringLiteral("applyDecisionDialog"));
    const int other = 1 - std::max(decision.current, 0);
    setWindowTitle(tr("Apply: %1").arg(decision.options[size_t(other)].translated()));
    DesignDiff::Options options;
    options.patches = true;
    m_diff = DesignDiff::compare(before, after, options);

    auto *layout = new QVBoxLayout(this);
    int findingsAdded = 0, findingsRemoved = 0;
    for (const DesignDiff::FactChange &f : m_diff.findings)
        (f.status == DesignDiff::Status::Added ? findingsAdded : findingsRemoved)++;
    int tfFiles = 0, tfAdded = 0, tfRemoved = 0;
    for (const DesignDiff::FileChange &f : m_diff.files) {
        if (!f.path.startsWith(QLatin1String("terraform/")))
            continue;
        ++tfFiles;
        tfAdded += f.linesAdded;
        tfRemoved += f.linesRemoved;
    }
    const QString cost = tr("Monthly cost at desired scale: %1 → %2 (%3); at maximum %4 → %5 (%6).")
                             .arg(localDollars(m_diff.totalBefore[1]), localDollars(m_diff.totalAfter[1]),
                                  signedMoney(m_diff.totalAfter[1] - m_diff.totalBefore[1]), localDollars(m_diff.totalBefore[2]),
                                  localDollars(m_diff.totalAfter[2]), signedMoney(m_diff.totalAfter[2] - m_diff.totalBefore[2]));
    const QString findings = tr("Findings: %1 new, %2 resolved.").arg(findingsAdded).arg(findingsRemoved);
    const QString terraform = tr("Terraform: %n file(s) change (+%1 −%2 lines).", nullptr, tfFiles).arg(tfAdded).arg(tfRemoved);
    m_summary = new QLabel(QStringLiteral("<p><b>%1</b></p><p>%2</p><p>%3</p><p>%4</p>")
                               .arg(tr("Convert the design from %1 to %2 as one undo step.")
                                        .arg(decision.options[size_t(std::max(decision.current, 0))].translated(),
                                             decision.options[size_t(other)].translated())
                                        .toHtmlEscaped(),
                                    cost.toHtmlEscaped(), findings.toHtmlEscaped(), terraform.toHtmlEscaped()),
                           this);
    m_summary->setObjectName(QStringLiteral("applySummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);

    // The comparison as `infra-studio-cli diff` prints it: settings, components, findings,
    // cost lines and the Terraform patches.
    m_details = new QPlainTextEdit(this);
    m_details->setObjectName(QStringLiteral("applyDetails"));
    m_details->setReadOnly(true);
    m_details->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_details->setPlainText(m_diff.text());
    m_details->setAccessibleName(tr("What the conversion changes"));
    layout->addWidget(m_details, 1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *apply = m_buttons->addButton(tr("&Apply"), QDialogButtonBox::AcceptRole);
    apply->setObjectName(QStringLiteral("applyConversionButton"));
    apply->setDefault(true);
    QPushButton *compare = m_buttons->addButton(tr("Compare…"), QDialogButtonBox::ActionRole);
    compare->setToolTip(tr("The full comparison, as File → Compare shows it"));
    connect(compare, &QPushButton::clicked, this, [this] {
        auto *dialog = new CompareDialog(m_before, tr("current design"), m_after, tr("after the conversion"), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        static_cast<QDialog *>(dialog)->show();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    resize(760, 560);
}

} // namespace Infra
