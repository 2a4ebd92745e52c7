#pragma once

#include "cost/costestimate.h"
#include "derive/derivedmodel.h"
#include "model/design.h"

#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QUndoStack;

namespace Infra {

class DocumentCommand;

// An open design: owns the Design, its QUndoStack, the file name and the selection.
// The modified flag is the undo stack's clean state. Every edit goes through an undo
// command (see commands.h), which calls the Design's mutation API via mutate(); the
// resulting DesignChange is announced on the single typed channel `changed`.
class Document : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool modified READ isModified NOTIFY modifiedChanged)
    Q_PROPERTY(QString fileName READ fileName NOTIFY fileNameChanged)
    Q_PROPERTY(QStringList selectedIds READ selectedIds WRITE setSelectedIds NOTIFY selectionChanged)

public:
    explicit Document(QObject *parent = nullptr);
    ~Document() override;

    const Design &design() const { return m_design; }
    // Connections, findings, pools… kept up to date with the design before `changed` fires.
    const DerivedModel &derived() const { return m_derived; }
    // The design's monthly estimate with line items (standard catalog, no discounts): priced
    // once per change and shared by every view and by the derivation's cost rules. What-if
    // sweeps price their own variants (CostEngine::Detail::TotalsOnly).
    const CostEstimate &cost() const;
    QUndoStack *undoStack() const { return m_undoStack; }

    QString fileName() const { return m_fileName; }
    void setFileName(const QString &fileName);
    // "reference.infra.yaml", or "Untitled" for a new document.
    QString displayName() const;

    bool isModified() const;
    void setClean();

    // Replaces the whole design (new document, load, restore): clears the undo history
    // and emits changed(Reset).
    void reset(const Design &design, const QString &fileName = {});

    // Reads `path`; on success replaces the design and returns true. On failure the
    // document is untouched and `errors` gets every message as "file:line:column: text", the
    // text in the user's language.
    bool load(const QString &path, QStringList *errors);
    // A design file read, priced and derived, in no document yet: what load() does before it
    // replaces the design. read() touches no document and no other QObject, so it may run on
    // another thread (the studio reads the file it opens with while it builds its window);
    // the translators installed at the time give the messages their language.
    struct Opened {
        QString path;                    // as given to read()
        std::optional<Design> design;    // none when the file could not be read
        QStringList errors;              // as load() reports them
        std::shared_ptr<const CostEstimate> cost;
        std::optional<DerivedModel> derived;
    };
    static Opened read(const QString &path);
    // load() with the reading done: the same document, the same signals.
    bool load(Opened opened, QStringList *errors);
    // Writes through QSaveFile (atomic), sets the file name and marks the stack clean.
    bool save(const QString &path, QString *error);
    // Writes the design to `path` without touching the file name or clean state (autosave).
    bool writeCopy(const QString &path, QString *error) const;

    // Selection: view state shared by the canvas and the panels, not part of the design.
    // Counts the changes of the design (every mutation and reset): a cache of something made
    // from the design is current while the revision it was made at is.
    quint64 revision() const { return m_revision; }

    QStringList selectedIds() const { return m_selectedIds; }
    void setSelectedIds(const QStringList &ids);
    bool isSelected(const QString &id) const { return m_selectedIds.contains(id); }

Q_SIGNALS:
    void changed(const Infra::DesignChange &change);
    // What moved in the derived model after a change (emitted right after `changed`).
    void derivedChanged(const Infra::DerivedDelta &delta);
    void modifiedChanged(bool modified);
    void fileNameChanged(const QString &fileName);
    void selectionChanged();

private:
    friend class DocumentCommand;
    // The only write path: runs a Design mutation and announces its change.
    Mutation mutate(const std::function<Mutation(Design &)> &mutation);

    static std::shared_ptr<const CostEstimate> price(const Design &design);
    std::shared_ptr<const CostEstimate> price() const { return price(m_design); }
    // reset() with the design priced and derived already.
    void reset(Design design, const QString &fileName, std::shared_ptr<const CostEstimate> cost, DerivedModel derived);

    Design m_design;
    mutable std::shared_ptr<const CostEstimate> m_cost;
    DerivedModel m_derived;
    QUndoStack *m_undoStack;
    QString m_fileName;
    QStringList m_selectedIds;
    quint64 m_revision = 0;
};

} // namespace Infra

Q_DECLARE_METATYPE(Infra::DesignChange)
Q_DECLARE_METATYPE(Infra::DerivedDelta)
