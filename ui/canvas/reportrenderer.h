#pragma once

#include "report/reviewreport.h"

#include <QImage>
#include <QString>

#include <memory>

class QTextDocument;

namespace Infra {

class Design;
class DerivedModel;
struct CostEstimate;
struct DesignDiff;

// The review report with its diagram, for both front ends: the HTML page (diagram inlined as
// SVG) that `infra-studio-cli report` and File → Export Report write, and the paged document
// (QTextDocument: the diagram as an image resource) that the PDF and File → Print… lay out.
// Needs a QGuiApplication (fonts, painting) and nothing of the widgets.
class ReportRenderer
{
public:
    // Derives and prices `design` itself, or uses the given snapshot (the studio's document).
    explicit ReportRenderer(const Design &design);
    ReportRenderer(const Design &design, const DerivedModel &derived, const CostEstimate &estimate);
    ~ReportRenderer();

    // The comparison shown at the end; must outlive the renderer.
    void setComparison(const DesignDiff *diff) { m_diff = diff; }
    // An extra section (the decisions), see ReviewReport::addSection().
    void addSection(ReviewReport::Section section) { m_sections.push_back(std::move(section)); }

    QString html() const;
    // Lays the report out for paper (A4) in `document`: the print style, the diagram as an image.
    void fillDocument(QTextDocument *document) const;
    // A PDF (A4, QPdfWriter) of fillDocument(). False with `error` set when it cannot be written.
    bool writePdf(const QString &path, QString *error = nullptr) const;
    // Writes html() to `path` (*.html) or the PDF (*.pdf), by the extension.
    bool write(const QString &path, QString *error = nullptr) const;

private:
    ReviewReport report() const;

    const Design &m_design;
    std::unique_ptr<DerivedModel> m_ownDerived;
    std::unique_ptr<CostEstimate> m_ownEstimate;
    const DerivedModel *m_derived = nullptr;
    const CostEstimate *m_estimate = nullptr;
    const DesignDiff *m_diff = nullptr;
    std::vector<ReviewReport::Section> m_sections;
};

} // namespace Infra
