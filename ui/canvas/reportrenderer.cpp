#include "reportrenderer.h"

#include "diagramrenderer.h"

#include "cost/costengine.h"
#include "cost/costestimate.h"
#include "derive/derivedmodel.h"
#include "io/atomicfile.h"
#include "model/design.h"

#include <QBuffer>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>

namespace Infra {

namespace {
const QString diagramResource = QStringLiteral("infra-report:diagram.png");
} // namespace

ReportRenderer::ReportRenderer(const Design &design)
    : m_design(design)
    , m_ownDerived(std::make_unique<DerivedModel>(DerivedModel::derive(design)))
    , m_ownEstimate(std::make_unique<CostEstimate>(CostEngine().estimate(design)))
    , m_derived(m_ownDerived.get())
    , m_estimate(m_ownEstimate.get())
{
}

ReportRenderer::ReportRenderer(const Design &design, const DerivedModel &derived, const CostEstimate &estimate)
    : m_design(design)
    , m_derived(&derived)
    , m_estimate(&estimate)
{
}

ReportRenderer::~ReportRenderer() = default;

ReviewReport ReportRenderer::report() const
{
    ReviewReport report(m_design, *m_derived, *m_estimate);
    report.setComparison(m_diff);
    for (const ReviewReport::Section &s : m_sections)
        report.addSection(s);
    return report;
}

QString ReportRenderer::html() const
{
    ReviewReport r = report();
    r.setDiagramSvg(DiagramRenderer(m_design, *m_derived).toSvg());
    return r.html();
}

void ReportRenderer::fillDocument(QTextDocument *document) const
{
    ReviewReport r = report();
    r.setPrintStyle(true);
    r.setDiagramImage(diagramResource);
    const DiagramRenderer diagram(m_design, *m_derived);
    document->addResource(QTextDocument::ImageResource, QUrl(diagramResource), diagram.toImage(2.0));
    document->setPageSize(QPageSize(QPageSize::A4).sizePoints());
    document->setHtml(r.html());
}

bool ReportRenderer::writePdf(const QString &path, QString *error) const
{
    // Into memory first, then one atomic write: a failed write keeps the old file.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(QStringLiteral("Review report: %1").arg(m_design.name()));
        writer.setCreator(QStringLiteral("Infra Studio"));
        QTextDocument document;
        fillDocument(&document);
        document.print(&writer);
    }
    return AtomicFile::write(path, buffer.data(), error);
}

bool ReportRenderer::write(const QString &path, QString *error) const
{
    if (QFileInfo(path).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0)
        return writePdf(path, error);
    return AtomicFile::write(path, html().toUtf8(), error);
}

} // namespace Infra
