#pragma once

// A QTranslator with a few translations held in memory, for tests that need a language without
// a .qm file: (context, source) → translation, everything else untranslated.
#include <QTranslator>

#include <initializer_list>
#include <vector>

namespace Infra::Testing {

class TableTranslator : public QTranslator
{
public:
    struct Entry
    {
        const char *context;
        const char *source;
        const char *translation; // UTF-8
    };

    TableTranslator(std::initializer_list<Entry> entries) : m_entries(entries) {}

    QString translate(const char *context, const char *source, const char *, int) const override
    {
        for (const Entry &e : m_entries) {
            if (qstrcmp(context, e.context) == 0 && qstrcmp(source, e.source) == 0)
                return QString::fromUtf8(e.translation);
        }
        return {};
    }
    bool isEmpty() const override { return false; }

private:
    std::vector<Entry> m_entries;
};

} // namespace Infra::Testing
