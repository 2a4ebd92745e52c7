#include "designreaderfuzz.h"

#include "io/designreader.h"
#include "io/designwriter.h"

#include <QByteArray>
#include <QString>

#include <cstdio>
#include <cstdlib>

namespace Infra {

namespace {

[[noreturn]] void fail(const char *what, const QByteArray &input, const QString &detail = {})
{
    std::fprintf(stderr, "design reader contract broken: %s\n%s\n--- input (%lld bytes) ---\n%s\n---\n", what,
                 detail.toLocal8Bit().constData(), static_cast<long long>(input.size()), input.constData());
    std::abort();
}

} // namespace

int fuzzDesignReader(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const DesignReader::Result r = DesignReader::readData(input, QStringLiteral("fuzz.yaml"));

    if (r.ok() == !r.errors.isEmpty())
        fail("a result must be either a design or errors", input);

    // Positions must lie inside the input: on one of its lines, at most just after the
    // line's last byte.
    const QList<QByteArray> lines = input.split('\n');
    for (qsizetype i = 0; i < r.errors.size(); ++i) {
        const DesignError &e = r.errors.at(i);
        if (e.line < 1 || e.line > lines.size() || e.column < 1 || e.column > lines.at(e.line - 1).size() + 1
            || e.message.isEmpty() || e.file != QLatin1String("fuzz.yaml"))
            fail("error position outside the input", input, e.toString());
        if (i > 0) {
            const DesignError &p = r.errors.at(i - 1);
            if (p.line > e.line || (p.line == e.line && p.column > e.column))
                fail("errors not sorted", input, p.toString() + QLatin1Char('\n') + e.toString());
        }
    }

    if (r.ok()) {
        const QByteArray saved = DesignWriter::toYaml(*r.design);
        const DesignReader::Result again = DesignReader::readData(saved, QStringLiteral("saved.yaml"));
        if (!again.ok())
            fail("a saved design does not load", input, again.errorStrings().join(QLatin1Char('\n')) + QStringLiteral("\n--- saved ---\n") + QString::fromUtf8(saved));
        if (!(*again.design == *r.design))
            fail("load -> save -> load changed the design", input, QString::fromUtf8(saved));
        if (DesignWriter::toYaml(*again.design) != saved)
            fail("re-saving a saved design changed its bytes", input, QString::fromUtf8(saved));
    }
    return 0;
}

} // namespace Infra
