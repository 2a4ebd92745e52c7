#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Infra {

// Builds one Markdown document: headings, paragraphs, bullet lists, pipe tables and fenced
// code blocks, separated by exactly one blank line and ending with one newline, so every
// emitted document has the same layout whatever the design. Also formats the numbers the
// documents print, identically on every machine (no locale).
class DocsWriter
{
public:
    DocsWriter &heading(int level, const QString &text);
    DocsWriter &paragraph(const QString &text);
    DocsWriter &bullets(const QStringList &items);
    DocsWriter &numbered(const QStringList &items);
    // A pipe table; cells have their pipes escaped and newlines folded.
    DocsWriter &table(const QStringList &header, const QList<QStringList> &rows);
    DocsWriter &code(const QString &language, const QString &text);
    DocsWriter &raw(const QString &text); // a block written as is
    // A block quote of free text (a note): every line escaped (escaped()), line breaks kept.
    DocsWriter &quote(const QString &text);

    QString text() const;
    QByteArray toUtf8() const { return text().toUtf8(); }

    // 1234567 → "1,234,567"
    static QString integer(qint64 value);
    // Shortest form without trailing zeros: 70 → "70", 0.25 → "0.25", 112.8 → "112.8".
    static QString number(double value);
    // Rounded to at most `decimals` places, trailing zeros dropped: (3759.384155, 2) → "3759.38".
    static QString decimal(double value, int decimals);
    // USD with cents and thousands separators: 1234.5 → "$1,234.50".
    static QString money(double value);
    // A unit price: at least cents, up to six decimals: 0.04048 → "$0.04048", 0.0225 → "$0.0225".
    static QString unitPrice(double value);
    static QString yesNo(bool value) { return value ? QStringLiteral("yes") : QStringLiteral("no"); }
    // Free text written so that Markdown shows it literally: every ASCII punctuation character
    // that could start markup (emphasis, links, code, HTML, tables, headings, lists) gets a
    // backslash, which CommonMark and GitHub drop when they render. Line breaks stay.
    static QString escaped(const QString &text);
    // Inline code span: `text`.
    static QString tt(const QString &text) { return QLatin1Char('`') + text + QLatin1Char('`'); }
    // Seconds as a human duration as well: 86400 → "86400 s (1 day)".
    static QString seconds(qint64 value);

private:
    QStringList m_blocks;
};

} // namespace Infra
