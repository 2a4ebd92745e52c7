// A deterministic mutation fuzzer over the design reader that needs no special compiler:
// it runs in every test suite. Seeds come from the directories given on the command line
// (the examples, the error snippets, tests/fuzz/corpus); each round applies a few
// byte-level and YAML-aware mutations picked by a fixed-seed generator, so a failure
// reproduces with the same arguments.
//
//   fuzz_designreader_mutations [--iterations N] [--seconds S] [--seed X] [--trace FILE] DIR...
//
// --trace writes each input to FILE before running it, to recover an input that hangs.
#include "designreaderfuzz.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>
#include <random>
#include <vector>

namespace {

const char *const tokens[] = {
    ":", ": ", "- ", "[", "]", "{", "}", ",", "\n", "\n  ", "  ", "#", "&a ", "*a", "!!int ", "!!str ", "!x ", "\"", "'",
    "~", "null", "true", "no", "-1", "0", "65536", "9223372036854775808", "1e999", "1.5", ".nan", ".inf", "0x1F",
    "version: 1\n", "version: 2\n", "kind: ", "ecs_web", "rds_postgres", "id: ", "params: ", "position: [1, 2]",
    "links:\n  - {from: web, to: db}\n", "components:\n  - id: x\n    kind: alb\n", "\t", "\xff", "\xc3\xa9", "---\n",
    "...\n", "? ", "|\n  ", ">\n  ", "%YAML 1.2\n", "<<: *a\n", "\r\n",
};

struct Mutator
{
    std::mt19937_64 rng;
    const std::vector<QByteArray> &seeds;

    std::size_t below(std::size_t n) { return n == 0 ? 0 : std::size_t(rng() % n); }

    void mutateOnce(QByteArray &data)
    {
        const qsizetype size = data.size();
        switch (below(7)) {
        case 0: // flip a bit
            if (size > 0)
                data[qsizetype(below(std::size_t(size)))] ^= char(1 << below(8));
            break;
        case 1: { // delete a range
            if (size == 0)
                break;
            const qsizetype at = qsizetype(below(std::size_t(size)));
            data.remove(at, qsizetype(1 + below(16)));
            break;
        }
        case 2:
        case 3: { // insert a YAML token
            const char *token = tokens[below(std::size(tokens))];
            data.insert(qsizetype(below(std::size_t(size) + 1)), QByteArray(token));
            break;
        }
        case 4: { // duplicate a chunk elsewhere
            if (size == 0)
                break;
            const qsizetype from = qsizetype(below(std::size_t(size)));
            const QByteArray chunk = data.mid(from, qsizetype(1 + below(64)));
            data.insert(qsizetype(below(std::size_t(size) + 1)), chunk);
            break;
        }
        case 5: { // splice with another seed
            const QByteArray &other = seeds[below(seeds.size())];
            data = data.left(qsizetype(below(std::size_t(size) + 1))) + other.mid(qsizetype(below(std::size_t(other.size()) + 1)));
            break;
        }
        case 6: { // replace a line with a line of another seed
            QList<QByteArray> lines = data.split('\n');
            const QList<QByteArray> otherLines = seeds[below(seeds.size())].split('\n');
            lines[qsizetype(below(std::size_t(lines.size())))] = otherLines[qsizetype(below(std::size_t(otherLines.size())))];
            data = lines.join('\n');
            break;
        }
        }
        if (data.size() > 256 * 1024)
            data.truncate(256 * 1024);
    }
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    long iterations = 4000;
    double seconds = 6;
    unsigned long long seed = 20261127;
    QStringList dirs;
    QString trace;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--iterations") && i + 1 < args.size())
            iterations = args.at(++i).toLong();
        else if (a == QLatin1String("--seconds") && i + 1 < args.size())
            seconds = args.at(++i).toDouble();
        else if (a == QLatin1String("--trace") && i + 1 < args.size())
            trace = args.at(++i);
        else if (a == QLatin1String("--seed") && i + 1 < args.size())
            seed = args.at(++i).toULongLong();
        else
            dirs.append(a);
    }

    std::vector<QByteArray> seeds;
    for (const QString &dir : dirs) {
        const QDir d(dir);
        const QStringList files = d.entryList(QDir::Files, QDir::Name);
        for (const QString &f : files) {
            QFile file(d.filePath(f));
            if (file.open(QIODevice::ReadOnly))
                seeds.push_back(file.readAll());
        }
    }
    if (seeds.size() < 10) {
        std::fprintf(stderr, "fuzz: only %zu seed files found in the given directories\n", seeds.size());
        return 1;
    }

    // Every seed as it is first, then mutants.
    for (const QByteArray &s : seeds)
        Infra::fuzzDesignReader(reinterpret_cast<const std::uint8_t *>(s.constData()), std::size_t(s.size()));

    Mutator mutator{std::mt19937_64(seed), seeds};
    QElapsedTimer total;
    total.start();
    long runs = 0;
    qint64 slowest = 0;
    for (; runs < iterations && total.elapsed() < qint64(seconds * 1000); ++runs) {
        QByteArray input = seeds[mutator.below(seeds.size())];
        const std::size_t count = 1 + mutator.below(4);
        for (std::size_t m = 0; m < count; ++m)
            mutator.mutateOnce(input);
        if (!trace.isEmpty()) {
            QFile t(trace);
            if (t.open(QIODevice::WriteOnly))
                t.write(input);
        }
        QElapsedTimer one;
        one.start();
        Infra::fuzzDesignReader(reinterpret_cast<const std::uint8_t *>(input.constData()), std::size_t(input.size()));
        const qint64 ms = one.elapsed();
        slowest = std::max(slowest, ms);
        if (ms > 2000) {
            std::fprintf(stderr, "fuzz: input %ld took %lld ms (a hang?)\n--- input ---\n%s\n---\n", runs,
                         static_cast<long long>(ms), input.constData());
            return 1;
        }
    }
    std::printf("fuzz: %zu seeds, %ld mutated inputs in %lld ms (seed %llu), slowest %lld ms; no contract broken\n",
                seeds.size(), runs, static_cast<long long>(total.elapsed()), seed, static_cast<long long>(slowest));
    if (runs < 200) {
        std::fprintf(stderr, "fuzz: fewer than 200 inputs ran in the time budget\n");
        return 1;
    }
    return 0;
}
