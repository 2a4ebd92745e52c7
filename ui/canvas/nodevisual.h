#pragma once

#include "model/component.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Infra {

class DerivedModel;

// What a node shows: everything the painter needs, nothing it must look up.
struct NodeVisual
{
    // As Q_DECLARE_TR_FUNCTIONS(Infra::NodeVisual) declares it, except that inside a
    // SourceTexts scope the English source text is returned (with "(s)" plurals resolved):
    // exported diagrams are the same bytes whatever the user's language, like the documents.
    static QString tr(const char *sourceText, const char *disambiguation = nullptr, int n = -1);

    // While one exists, visuals are built in English (the exports' language).
    class SourceTexts
    {
    public:
        SourceTexts();
        ~SourceTexts();
        SourceTexts(const SourceTexts &) = delete;
        SourceTexts &operator=(const SourceTexts &) = delete;
        static bool active();

    private:
        bool m_previous;
    };

    ComponentKind kind = ComponentKind::EcsWeb;
    QString id;
    QString name;
    QString subtitle;       // the kind's display name
    QStringList details;    // up to two lines of key parameters
    int errors = 0;
    int warnings = 0;
    int infos = 0;
    QString cost;           // "$412/mo", empty until the cost engine reports one
    bool selected = false;
    bool hovered = false;

    // Builds the visual of a component; findings counts come from `derived` when given.
    static NodeVisual of(const Component &component, const DerivedModel *derived = nullptr);
    // Without the texts (name, kind, key parameters): what a card too small to read shows.
    static NodeVisual shapeOf(const Component &component, const DerivedModel *derived = nullptr);
    // The key parameters of a component in two short lines ("1 vCPU · 2 GB · x86_64").
    static QStringList keyParameters(const Component &component);
    // "$412/mo": whole dollars from $100 up, cents below (a $0.40 queue is not "$0").
    static QString costLabel(double usdPerMonth);
};

} // namespace Infra
