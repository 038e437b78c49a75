// Which catalogue fields each service kind uses, and under which words. Table data: one kind a block.

#include "core/records/ServiceKinds.h"

#include <QHash>

namespace jb::core {

namespace {

namespace f = fields::service;

struct KindField
{
    QString id;
    Message label;       // empty: the catalogue's
    QStringList choices; // a Choice field: this kind's codes (empty: the catalogue's)
};

RecordField narrowed(const KindField& k)
{
    RecordField field = *recordField(RecordKind::Service, k.id);
    if (!k.label.isEmpty())
        field.label = k.label;
    if (!k.choices.isEmpty()) {
        QVector<FieldChoice> kept;
        for (const FieldChoice& c : std::as_const(field.choices))
            if (k.choices.contains(c.code))
                kept.append(c);
        field.choices = kept;
    }
    return field;
}

// Table data: each kind's own fields after the date and the unit, then who delivered it, the officer and the note.
QVector<KindField> ownFields(const QString& kind)
{
    namespace k = servicekind;
    if (kind == k::training)
        return {{f::course, {}, {}},
                {f::provider, JB_TR("Editing", "Training provider"), {}},
                {f::subtype,
                 JB_TR("Editing", "Training kind"),
                 {QStringLiteral("skill_upgrading"), QStringLiteral("employment"), QStringLiteral("on_the_job"),
                  QStringLiteral("domestic_service")}},
                {f::delivery, {}, {}},
                {f::endsOn, {}, {}},
                {f::hours, {}, {}},
                {f::completed, {}, {}},
                {f::certificate, {}, {}}};
    if (kind == k::entrepreneurship)
        return {{f::subtype,
                 {},
                 {QStringLiteral("guidance"), QStringLiteral("training"), QStringLiteral("loan_discount"),
                  QStringLiteral("interest_free_loan"), QStringLiteral("means_of_production")}},
                {f::amount, JB_TR("Editing", "Loan or support amount (yuan)"), {}},
                {f::mentor, {}, {}},
                {f::project, {}, {}},
                {f::provider, {}, {}}};
    if (kind == k::legalAid || kind == k::legalConsultation)
        return {{f::topic, {}, {}}, {f::channel, {}, {}}, {f::outcome, {}, {}}, {f::provider, {}, {}}};
    if (kind == k::visit)
        return {{f::place, {}, {}}, {f::amount, JB_TR("Editing", "Amount given (yuan)"), {}}, {f::provider, {}, {}}};
    if (kind == k::insurance)
        return {{f::amount, JB_TR("Editing", "Premium (yuan)"), {}}};
    if (kind == k::financialAid)
        return {{f::amount, JB_TR("Editing", "Amount given (yuan)"), {}}, {f::provider, {}, {}}};
    return {{f::provider, {}, {}}}; // psychological support, job referral, other: reference data and a note
}

QVector<RecordField> fieldsOf(const QString& kind)
{
    QVector<RecordField> all{narrowed({f::providedOn, {}, {}}), narrowed({f::org, {}, {}})};
    for (const KindField& k : ownFields(kind))
        all.append(narrowed(k));
    all.append(narrowed({f::officer, {}, {}}));
    all.append(narrowed({f::note, {}, {}}));
    return all;
}

} // namespace

const QStringList& serviceKindCodes()
{
    namespace k = servicekind;
    static const QStringList codes = {
        k::training,  k::entrepreneurship, k::legalAid,     k::legalConsultation, k::visit,
        k::insurance, k::psychological,    k::financialAid, k::jobReferral,       k::other};
    return codes;
}

bool isServiceKind(const QString& code)
{
    return serviceKindCodes().contains(code);
}

const QVector<RecordField>& serviceFields(const QString& kind)
{
    static const QHash<QString, QVector<RecordField>> all = [] {
        QHash<QString, QVector<RecordField>> h;
        for (const QString& code : serviceKindCodes())
            h.insert(code, fieldsOf(code));
        return h;
    }();
    static const QVector<RecordField> none;
    const auto it = all.constFind(kind);
    return it == all.constEnd() ? none : *it;
}

QVariant serviceValueFromText(const QString& kind, const QString& id, const QString& text)
{
    const QString v = text.trimmed();
    const RecordField* field = serviceField(kind, id);
    if (!field || v.isEmpty())
        return v;
    if (field->kind == FieldKind::Choice) {
        for (const FieldChoice& c : field->choices)
            if (v == c.code || v == c.label.text() || v.compare(c.label.sourceText(), Qt::CaseInsensitive) == 0)
                return c.code;
        return v;
    }
    if (field->kind == FieldKind::YesNo) {
        static const QStringList yes = {QStringLiteral("1"),    QStringLiteral("是"), QStringLiteral("√"),
                                        QStringLiteral("✓"),    QStringLiteral("y"),  QStringLiteral("yes"),
                                        QStringLiteral("true"), QStringLiteral("有"), QStringLiteral("已结业")};
        static const QStringList no = {QStringLiteral("0"),  QStringLiteral("否"),    QStringLiteral("×"),
                                       QStringLiteral("n"),  QStringLiteral("no"),    QStringLiteral("false"),
                                       QStringLiteral("无"), QStringLiteral("未结业")};
        if (yes.contains(v.toLower()))
            return 1;
        if (no.contains(v.toLower()))
            return 0;
    }
    return v;
}

const RecordField* serviceField(const QString& kind, const QString& id)
{
    for (const RecordField& field : serviceFields(kind))
        if (field.id == id)
            return &field;
    return nullptr;
}

} // namespace jb::core
