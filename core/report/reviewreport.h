#pragma once

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace Infra {

class Design;
class DerivedModel;
struct CostEstimate;
struct DesignDiff;

// The review report: one self-contained HTML page (inline CSS, the diagram inlined as SVG or
// referenced as an image) for an architecture review — the design's figures, the diagram, the
// review checklist, findings, the cost with its line items, capacity, any extra sections (the
// decisions), the notes and, when one is open, the comparison with another design. English, as
// every exported file; every text from the design is HTML-escaped. Needs Qt Core only: the
// caller draws the diagram (DiagramRenderer) and the CLI and the studio write the same bytes.
//
//     ReviewReport report(design, derived, estimate);
//     report.setDiagramSvg(DiagramRenderer(design, derived).toSvg());
//     report.addSection({QStringLiteral("decisions"), QStringLiteral("Decisions"), html});
//     file.write(report.html().toUtf8());
class ReviewReport
{
public:
    // A section a caller adds (e.g. the decisions): its body is HTML the caller escaped.
    struct Section
    {
        QString id;    // the element id, "decisions"
        QString title; // plain text, escaped by the report
        QString html;
    };

    ReviewReport(const Design &design, const DerivedModel &derived, const CostEstimate &estimate);

    // The diagram as SVG (from DiagramRenderer::toSvg()): inlined, its XML prolog removed.
    void setDiagramSvg(const QByteArray &svg) { m_svg = svg; }
    // Or an image reference instead (for QTextDocument, which draws no inline SVG: the PDF).
    void setDiagramImage(const QString &source) { m_imageSource = source; }
    // The comparison shown at the end; `diff` must outlive the report.
    void setComparison(const DesignDiff *diff) { m_diff = diff; }
    // Extra sections, after the capacity and before the notes, in the order added.
    void addSection(Section section) { m_sections.push_back(std::move(section)); }
    // A simpler style for QTextDocument (no flex boxes or rounded badges it cannot draw).
    void setPrintStyle(bool on) { m_print = on; }

    QString html() const;

    // HTML-escaped text (& < > " '); line breaks become <br/> when `lineBreaks`.
    static QString escaped(const QString &text, bool lineBreaks = false);
    // The <svg> element of an SVG document (prolog, doctype and comments before it removed).
    static QByteArray inlineSvg(const QByteArray &svg);

private:
    QString header() const;
    QString diagram() const;
    QString review() const;
    QString findings() const;
    QString cost() const;
    QString capacity() const;
    QString decisions() const;
    QString notes() const;
    QString comparison() const;

    const Design &m_design;
    const DerivedModel &m_derived;
    const CostEstimate &m_estimate;
    QByteArray m_svg;
    QString m_imageSource;
    const DesignDiff *m_diff = nullptr;
    std::vector<Section> m_sections;
    bool m_print = false;
};

} // namespace Infra
