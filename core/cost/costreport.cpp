#include "costreport.h"

#include <QJsonArray>
#include <QLocale>

#include <cmath>

namespace Infra {

namespace {

const QString unverifiedMark = QStringLiteral(" [unverified]");

QJsonArray amountsJson(const Amounts &a)
{
    return QJsonArray{CostReport::cents(a.minimum()), CostReport::cents(a.desired()), CostReport::cents(a.maximum())};
}

QJsonObject amountsObject(const Amounts &a)
{
    QJsonObject o;
    o.insert(QStringLiteral("min"), CostReport::cents(a.minimum()));
    o.insert(QStringLiteral("desired"), CostReport::cents(a.desired()));
    o.insert(QStringLiteral("max"), CostReport::cents(a.maximum()));
    return o;
}

QString header(const CostEstimate &e)
{
    const QString region = e.regionName.isEmpty() ? e.region : QStringLiteral("%1 (%2)").arg(e.region, e.regionName);
    QString s = QStringLiteral("Monthly estimate: %1 — %2, %3 h/month, USD\n").arg(e.designName, region).arg(e.hoursPerMonth);
    s += QStringLiteral("Pricing catalog %1, effective %2%3\n")
             .arg(e.catalogVersion, e.catalogDate, e.catalogFile.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(e.catalogFile));
    const QStringList options = e.options.names();
    s += QStringLiteral("Discounts: %1\n").arg(options.isEmpty() ? QStringLiteral("none (on-demand list prices)") : options.join(QStringLiteral(", ")));
    return s;
}

QString csvField(const QString &s)
{
    if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) || s.contains(QLatin1Char('\n')))
        return QLatin1Char('"') + QString(s).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return s;
}

QString row(const QString &label, int width, const Amounts &a)
{
    return label.leftJustified(width) + CostReport::money(a.minimum()).rightJustified(12) + CostReport::money(a.desired()).rightJustified(12)
        + CostReport::money(a.maximum()).rightJustified(12) + QLatin1Char('\n');
}

QString signedMoney(double v)
{
    return (v > 0.0049 ? QStringLiteral("+") : QString()) + CostReport::money(v);
}

} // namespace

double CostReport::cents(double usd)
{
    const double r = std::round(usd * 100.0) / 100.0;
    return r == 0 ? 0.0 : r; // no "-0.00"
}

QString CostReport::money(double usd)
{
    QLocale l = QLocale::c();
    l.setNumberOptions(QLocale::DefaultNumberOptions); // C locale omits group separators by default
    return l.toString(cents(usd), 'f', 2);
}

QString CostReport::table(const CostEstimate &e, bool lineItems)
{
    QString s = header(e);
    if (!e.isValid()) {
        for (const QString &err : e.errors)
            s += QStringLiteral("error: %1\n").arg(err);
    }
    const int width = 64;
    s += QLatin1Char('\n') + QString().leftJustified(width) + QStringLiteral("min").rightJustified(12) + QStringLiteral("desired").rightJustified(12)
        + QStringLiteral("max").rightJustified(12) + QLatin1Char('\n');
    for (const ComponentCost &c : e.components) {
        s += row(QStringLiteral("%1 (%2)").arg(c.id, c.name), width, c.total);
        if (!lineItems)
            continue;
        for (const LineItem &i : c.items) {
            const QString mark = i.status == PriceStatus::Unverified ? unverifiedMark : QString();
            s += row(QStringLiteral("    ") + i.label + mark, width, i.amount);
        }
    }
    s += QLatin1Char('\n') + QStringLiteral("By category\n");
    for (int i = 0; i < costCategoryCount; ++i) {
        const Amounts a = e.categories[size_t(i)];
        if (a.minimum() != 0 || a.desired() != 0 || a.maximum() != 0)
            s += row(QStringLiteral("  ") + costCategoryDisplayName(CostCategory(i)), width, a);
    }
    s += row(QStringLiteral("Total"), width, e.total);
    if (e.gravitonDelta != 0)
        s += QStringLiteral("Graviton vs x86 (desired): %1 USD/month (negative: Graviton cheaper)\n").arg(signedMoney(e.gravitonDelta));
    if (!e.unverifiedPrices.isEmpty())
        s += QStringLiteral("Unverified prices used (check before relying on them): %1\n").arg(e.unverifiedPrices.join(QStringLiteral(", ")));
    for (const QString &n : e.notes)
        s += QStringLiteral("note: %1\n").arg(n);
    return s;
}

QJsonObject CostReport::json(const CostEstimate &e)
{
    QJsonObject root;
    root.insert(QStringLiteral("schema"), jsonSchemaVersion);
    root.insert(QStringLiteral("design"), e.designName);
    root.insert(QStringLiteral("region"), e.region);
    root.insert(QStringLiteral("region_name"), e.regionName);
    root.insert(QStringLiteral("currency"), QStringLiteral("USD"));
    root.insert(QStringLiteral("hours_per_month"), e.hoursPerMonth);
    QJsonObject catalog;
    catalog.insert(QStringLiteral("version"), e.catalogVersion);
    catalog.insert(QStringLiteral("effective_date"), e.catalogDate);
    catalog.insert(QStringLiteral("file"), e.catalogFile);
    root.insert(QStringLiteral("catalog"), catalog);
    root.insert(QStringLiteral("discounts"), QJsonArray::fromStringList(e.options.names()));
    root.insert(QStringLiteral("columns"), QJsonArray{QStringLiteral("min"), QStringLiteral("desired"), QStringLiteral("max")});
    root.insert(QStringLiteral("total"), amountsObject(e.total));
    QJsonObject categories;
    for (int i = 0; i < costCategoryCount; ++i)
        categories.insert(costCategoryName(CostCategory(i)), amountsObject(e.categories[size_t(i)]));
    root.insert(QStringLiteral("categories"), categories);
    QJsonArray components;
    for (const ComponentCost &c : e.components) {
        QJsonObject o;
        o.insert(QStringLiteral("id"), c.id);
        o.insert(QStringLiteral("name"), c.name);
        o.insert(QStringLiteral("kind"), c.kind);
        o.insert(QStringLiteral("category"), costCategoryName(c.category));
        o.insert(QStringLiteral("total"), amountsObject(c.total));
        o.insert(QStringLiteral("graviton"), c.graviton);
        o.insert(QStringLiteral("graviton_delta"), c.hasArchitectureChoice ? QJsonValue(cents(c.gravitonDelta)) : QJsonValue());
        QJsonArray items;
        for (const LineItem &i : c.items) {
            QJsonObject li;
            li.insert(QStringLiteral("key"), i.key);
            li.insert(QStringLiteral("label"), i.label);
            li.insert(QStringLiteral("unit"), i.unit);
            li.insert(QStringLiteral("unit_price"), i.unitPrice);
            // Quantities to the millionth: 5,000 GET requests computed as 4999.999999999999.
            const auto q = [](double v) { return std::round(v * 1e6) / 1e6; };
            li.insert(QStringLiteral("quantity"), QJsonArray{q(i.quantity.minimum()), q(i.quantity.desired()), q(i.quantity.maximum())});
            li.insert(QStringLiteral("amount"), amountsJson(i.amount));
            li.insert(QStringLiteral("price_key"), i.priceKey);
            li.insert(QStringLiteral("price_status"), priceStatusName(i.status));
            li.insert(QStringLiteral("discount"), i.discount);
            li.insert(QStringLiteral("note"), i.note.isEmpty() ? QJsonValue() : QJsonValue(i.note));
            items.append(li);
        }
        o.insert(QStringLiteral("items"), items);
        components.append(o);
    }
    root.insert(QStringLiteral("components"), components);
    root.insert(QStringLiteral("graviton_delta"), cents(e.gravitonDelta));
    root.insert(QStringLiteral("unverified_prices"), QJsonArray::fromStringList(e.unverifiedPrices));
    root.insert(QStringLiteral("notes"), QJsonArray::fromStringList(e.notes));
    root.insert(QStringLiteral("errors"), QJsonArray::fromStringList(e.errors));
    return root;
}

QString CostReport::csv(const CostEstimate &e, bool comment)
{
    QString s;
    if (comment) {
        s += QStringLiteral("# catalog %1 effective %2, region %3, discounts %4\n")
                 .arg(e.catalogVersion, e.catalogDate, e.region,
                      e.options.names().isEmpty() ? QStringLiteral("none") : e.options.names().join(QLatin1Char('+')));
    }
    s += QStringLiteral("component,kind,category,item,label,unit,unit_price,quantity_desired,min,desired,max,price_key,price_status\n");
    for (const ComponentCost &c : e.components) {
        for (const LineItem &i : c.items) {
            s += QStringList{csvField(c.id), c.kind, costCategoryName(c.category), i.key, csvField(i.label), csvField(i.unit),
                             QString::number(i.unitPrice, 'g', 10), QString::number(i.quantity.desired(), 'g', 10),
                             QString::number(cents(i.amount.minimum()), 'f', 2), QString::number(cents(i.amount.desired()), 'f', 2),
                             QString::number(cents(i.amount.maximum()), 'f', 2), i.priceKey, priceStatusName(i.status)}
                     .join(QLatin1Char(','))
                + QLatin1Char('\n');
        }
    }
    s += QStringLiteral("total,,,,,,,,%1,%2,%3,,\n")
             .arg(QString::number(cents(e.total.minimum()), 'f', 2), QString::number(cents(e.total.desired()), 'f', 2),
                  QString::number(cents(e.total.maximum()), 'f', 2));
    return s;
}

QString CostReport::compareTable(const ScenarioResult &r, const QStringList &overrides)
{
    QString s = header(r.base);
    s += QStringLiteral("Scenario: %1\n\n").arg(overrides.join(QStringLiteral(", ")));
    const int width = 40;
    s += QString().leftJustified(width) + QStringLiteral("base").rightJustified(12) + QStringLiteral("scenario").rightJustified(12)
        + QStringLiteral("delta").rightJustified(12) + QStringLiteral("   (desired; max)\n");
    auto line = [&](const QString &label, const Amounts &b, const Amounts &sc) {
        const Amounts d = sc - b;
        s += label.leftJustified(width) + money(b.desired()).rightJustified(12) + money(sc.desired()).rightJustified(12)
            + signedMoney(d.desired()).rightJustified(12) + QStringLiteral("   (max %1)\n").arg(signedMoney(d.maximum()));
    };
    for (const ScenarioResult::ComponentDelta &c : r.componentDeltas())
        line(c.id, c.base, c.scenario);
    s += QLatin1Char('\n');
    for (int i = 0; i < costCategoryCount; ++i) {
        const CostCategory c = CostCategory(i);
        if (r.base.category(c).desired() != 0 || r.scenario.category(c).desired() != 0)
            line(QStringLiteral("  ") + costCategoryDisplayName(c), r.base.category(c), r.scenario.category(c));
    }
    line(QStringLiteral("Total"), r.base.total, r.scenario.total);
    QStringList unverified = r.base.unverifiedPrices;
    for (const QString &k : r.scenario.unverifiedPrices) {
        if (!unverified.contains(k))
            unverified.append(k);
    }
    if (!unverified.isEmpty())
        s += QStringLiteral("Unverified prices used (check before relying on them): %1\n").arg(unverified.join(QStringLiteral(", ")));
    return s;
}

QJsonObject CostReport::compareJson(const ScenarioResult &r, const QStringList &overrides)
{
    QJsonObject root;
    root.insert(QStringLiteral("schema"), jsonSchemaVersion);
    root.insert(QStringLiteral("overrides"), QJsonArray::fromStringList(overrides));
    root.insert(QStringLiteral("base"), json(r.base));
    root.insert(QStringLiteral("scenario"), json(r.scenario));
    QJsonObject delta;
    delta.insert(QStringLiteral("total"), amountsObject(r.delta()));
    QJsonObject categories;
    for (int i = 0; i < costCategoryCount; ++i)
        categories.insert(costCategoryName(CostCategory(i)), amountsObject(r.categoryDelta(CostCategory(i))));
    delta.insert(QStringLiteral("categories"), categories);
    QJsonArray components;
    for (const ScenarioResult::ComponentDelta &c : r.componentDeltas()) {
        QJsonObject o;
        o.insert(QStringLiteral("id"), c.id);
        o.insert(QStringLiteral("base"), amountsObject(c.base));
        o.insert(QStringLiteral("scenario"), amountsObject(c.scenario));
        o.insert(QStringLiteral("delta"), amountsObject(c.delta()));
        components.append(o);
    }
    delta.insert(QStringLiteral("components"), components);
    root.insert(QStringLiteral("delta"), delta);
    return root;
}

QString CostReport::compareCsv(const ScenarioResult &r, bool comment)
{
    QString s;
    if (comment)
        s += QStringLiteral("# catalog %1 effective %2, region %3\n").arg(r.base.catalogVersion, r.base.catalogDate, r.base.region);
    s += QStringLiteral("component,base_min,base_desired,base_max,scenario_min,scenario_desired,scenario_max,delta_min,delta_desired,delta_max\n");
    auto line = [&](const QString &id, const Amounts &b, const Amounts &sc) {
        const Amounts d = sc - b;
        QStringList f{csvField(id)};
        for (const Amounts &a : {b, sc, d}) {
            for (double v : a.v)
                f.append(QString::number(cents(v), 'f', 2));
        }
        s += f.join(QLatin1Char(',')) + QLatin1Char('\n');
    };
    for (const ScenarioResult::ComponentDelta &c : r.componentDeltas())
        line(c.id, c.base, c.scenario);
    line(QStringLiteral("total"), r.base.total, r.scenario.total);
    return s;
}

QString CostReport::suggestionsTable(const std::vector<Suggestion> &suggestions)
{
    if (suggestions.empty())
        return QStringLiteral("No savings suggestions for this design.\n");
    QString s = QStringLiteral("Savings suggestions (USD/month at desired scale)\n");
    for (const Suggestion &g : suggestions) {
        s += QStringLiteral("%1  %2\n").arg(money(g.monthlySaving).rightJustified(10), g.title);
        s += QStringLiteral("            how: %1\n").arg(g.rationale);
        s += QStringLiteral("            trade-off: %1\n").arg(g.tradeOff);
        if (!g.overrides.isEmpty())
            s += QStringLiteral("            try: --set %1\n").arg(g.overrides.join(QStringLiteral(" --set ")));
        if (g.isCommitment)
            s += QStringLiteral("            try: --discounts %1\n").arg(g.options.names().join(QLatin1Char(',')));
    }
    s += QStringLiteral("Savings do not simply add up: several apply to the same components.\n");
    return s;
}

QJsonObject CostReport::suggestionJson(const Suggestion &g)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), g.id);
    o.insert(QStringLiteral("component"), g.componentId.isEmpty() ? QJsonValue() : QJsonValue(g.componentId));
    o.insert(QStringLiteral("title"), g.title);
    o.insert(QStringLiteral("rationale"), g.rationale);
    o.insert(QStringLiteral("trade_off"), g.tradeOff);
    o.insert(QStringLiteral("monthly_saving"), cents(g.monthlySaving));
    o.insert(QStringLiteral("overrides"), QJsonArray::fromStringList(g.overrides));
    o.insert(QStringLiteral("discounts"), QJsonArray::fromStringList(g.isCommitment ? g.options.names() : QStringList()));
    o.insert(QStringLiteral("commitment"), g.isCommitment);
    return o;
}

} // namespace Infra
