#include "document.h"

#include "documentcommand.h"
#include "cost/costengine.h"
#include "io/designreader.h"
#include "io/designwriter.h"

#include <QFileInfo>
#include <QUndoStack>

#include <utility>

namespace Infra {

Document::Document(QObject *parent)
    : QObject(parent)
    , m_undoStack(new QUndoStack(this))
{
    qRegisterMetaType<Infra::DesignChange>();
    qRegisterMetaType<Infra::DerivedDelta>();
    m_cost = price();
    m_derived = DerivedModel::derive(m_design, FindingRules::standard(), m_cost);
    connect(m_undoStack, &QUndoStack::cleanChanged, this, [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
}

Document::~Document() = default;

void Document::setFileName(const QString &fileName)
{
    if (m_fileName == fileName)
        return;
    m_fileName = fileName;
    Q_EMIT fileNameChanged(fileName);
}

QString Document::displayName() const
{
    return m_fileName.isEmpty() ? tr("Untitled") : QFileInfo(m_fileName).fileName();
}

bool Document::isModified() const
{
    return !m_undoStack->isClean();
}

void Document::setClean()
{
    m_undoStack->setClean();
}

void Document::reset(const Design &design, const QString &fileName)
{
    std::shared_ptr<const CostEstimate> cost = price(design);
    DerivedModel derived = DerivedModel::derive(design, FindingRules::standard(), cost);
    reset(design, fileName, std::move(cost), std::move(derived));
}

void Document::reset(Design design, const QString &fileName, std::shared_ptr<const CostEstimate> cost, DerivedModel derived)
{
    const bool wasModified = isModified();
    m_undoStack->clear();
    m_design = std::move(design);
    ++m_revision;
    setFileName(fileName);
    m_selectedIds.clear();
    const DerivedModel before = std::exchange(m_derived, std::move(derived));
    m_cost = std::move(cost);
    Q_EMIT changed(DesignChange{DesignChange::Kind::Reset, {}, {}, Section::Settings});
    Q_EMIT derivedChanged(DerivedModel::difference(before, m_derived));
    Q_EMIT selectionChanged();
    if (wasModified)
        Q_EMIT modifiedChanged(false);
}

bool Document::load(const QString &path, QStringList *errors)
{
    return load(read(path), errors);
}

Document::Opened Document::read(const QString &path)
{
    Opened opened;
    opened.path = path;
    DesignReader::Result result = DesignReader::readFile(path);
    if (!result.ok()) {
        opened.errors = result.displayErrorStrings();
        return opened;
    }
    opened.design = std::move(*result.design);
    opened.cost = price(*opened.design);
    opened.derived = DerivedModel::derive(*opened.design, FindingRules::standard(), opened.cost);
    return opened;
}

bool Document::load(Opened opened, QStringList *errors)
{
    if (!opened.design || !opened.derived) {
        if (errors)
            *errors = opened.errors;
        return false;
    }
    reset(std::move(*opened.design), QFileInfo(opened.path).absoluteFilePath(), std::move(opened.cost), std::move(*opened.derived));
    return true;
}

bool Document::save(const QString &path, QString *error)
{
    if (!DesignWriter::writeFile(m_design, path, error))
        return false;
    setFileName(QFileInfo(path).absoluteFilePath());
    m_undoStack->setClean();
    return true;
}

bool Document::writeCopy(const QString &path, QString *error) const
{
    return DesignWriter::writeFile(m_design, path, error);
}

void Document::setSelectedIds(const QStringList &ids)
{
    QStringList valid;
    for (const QString &id : ids) {
        if (m_design.component(id) && !valid.contains(id))
            valid.append(id);
    }
    if (valid == m_selectedIds)
        return;
    m_selectedIds = valid;
    Q_EMIT selectionChanged();
}

Mutation Document::mutate(const std::function<Mutation(Design &)> &mutation)
{
    Mutation m = mutation(m_design);
    if (!m.ok)
        return m;
    ++m_revision;
    if (m.change.kind == DesignChange::Kind::ComponentsRemoved) {
        QStringList kept = m_selectedIds;
        kept.removeIf([&](const QString &id) { return !m_design.component(id); });
        if (kept != m_selectedIds) {
            m_selectedIds = kept;
            Q_EMIT selectionChanged();
        }
    }
    // One estimate per change, before the derivation so that its cost rules share it. Moves
    // change no price; a rename changes the names in it.
    const bool priced = m.change.kind != DesignChange::Kind::ComponentsMoved;
    if (priced)
        m_cost = price();
    const DerivedDelta delta = m_derived.update(m_design, m.change, priced ? m_cost : nullptr);
    Q_EMIT changed(m.change);
    if (!delta.isEmpty())
        Q_EMIT derivedChanged(delta);
    return m;
}

std::shared_ptr<const CostEstimate> Document::price(const Design &design)
{
    return std::make_shared<const CostEstimate>(CostEngine().estimate(design));
}

const CostEstimate &Document::cost() const
{
    if (!m_cost)
        m_cost = price();
    return *m_cost;
}

} // namespace Infra
