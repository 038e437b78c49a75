#include "core/placement/MatchingCriteria.h"

#include <algorithm>
namespace jb::core {

namespace {

// How far outside a post's age limits still counts as a partial match, in years.
constexpr int kAgeSlack = 3;

Criterion make(const char* name, int weight, Verdict verdict, const QString& worker, const QString& vacancy)
{
    return Criterion{QLatin1String(name), verdict, worker, vacancy, weight};
}

QString range(const std::optional<int>& low, const std::optional<int>& high)
{
    if (low && high && *low != *high)
        return QStringLiteral("%1–%2").arg(*low).arg(*high);
    if (low)
        return QString::number(*low);
    if (high)
        return QString::number(*high);
    return {};
}

Criterion trade(const WorkerFacts& w, const PostFacts& p, const MatchContext& c)
{
    const QString post =
        p.trade.isEmpty() || p.trade == p.title ? p.title : QString(p.title + QStringLiteral(" / ") + p.trade);
    const QStringList wanted = desiredTrades(w.desiredTrade);
    if (wanted.isEmpty())
        return make("trade", 30, Verdict::Unknown, w.desiredTrade, post);
    Verdict best = Verdict::Mismatch;
    for (const QString& t : wanted)
        for (const QString& offered : {p.title, p.trade}) {
            if (offered.isEmpty())
                continue;
            const QString g = c.groupOf(t);
            if (t == offered || (!g.isEmpty() && g == c.groupOf(offered)))
                return make("trade", 30, Verdict::Match, w.desiredTrade, post);
            if (offered.contains(t) || t.contains(offered))
                best = Verdict::Partial;
        }
    return make("trade", 30, best, w.desiredTrade, post);
}

Criterion occupation(const WorkerFacts& w, const PostFacts& p, const MatchContext& c)
{
    QString code;
    for (const QString& t : desiredTrades(w.desiredTrade))
        if (code = c.groupOccupation.value(c.groupOf(t)); !code.isEmpty())
            break;
    const QString workerValue = c.occupationNames.value(code, code);
    if (code.isEmpty() || p.occupationGroupCode.isEmpty())
        return make("occupation_group", 10, Verdict::Unknown, workerValue, p.occupationGroup);
    return make("occupation_group", 10, code == p.occupationGroupCode ? Verdict::Match : Verdict::Mismatch, workerValue,
                p.occupationGroup);
}

bool willingAnywhere(const QString& place)
{
    static const QStringList anywhere = {QStringLiteral("不限"), QStringLiteral("均可"), QStringLiteral("任意"),
                                         QStringLiteral("服从安排")};
    return anywhere.contains(place.trimmed());
}

Criterion place(const WorkerFacts& w, const PostFacts& p, const MatchContext& c)
{
    const QString postOrg = c.orgNames.value(p.orgId);
    const QString postValue = p.workLocation.isEmpty() ? postOrg : p.workLocation;
    const QString workerValue = w.place.isEmpty() ? c.orgNames.value(w.orgId) : w.place;
    if (!w.place.isEmpty() && !willingAnywhere(w.place) && postValue.contains(w.place))
        return make("place", 20, Verdict::Match, workerValue, postValue);
    if (w.place.isEmpty() && w.orgId == p.orgId)
        return make("place", 20, Verdict::Match, workerValue, postValue);
    const qint64 county = c.countyOf.value(w.orgId);
    if (willingAnywhere(w.place) || (county != 0 && county == c.countyOf.value(p.orgId)))
        return make("place", 20,
                    w.returnDestination == QLatin1String("out_of_province") ? Verdict::Mismatch : Verdict::Partial,
                    workerValue, postValue);
    return make("place", 20, Verdict::Mismatch, workerValue, postValue);
}

Criterion wage(const WorkerFacts& w, const PostFacts& p)
{
    const QString postValue = p.wageMin || p.wageMax ? range(p.wageMin, p.wageMax) : p.wageText;
    const QString workerValue = range(w.wageMin, w.wageMax);
    const std::optional<int> expected = w.wageMin ? w.wageMin : w.wageMax;
    const std::optional<int> top = p.wageMax ? p.wageMax : p.wageMin;
    if (!expected || !top)
        return make("wage", 15, Verdict::Unknown, workerValue, postValue);
    const int bottom = p.wageMin ? *p.wageMin : *top;
    const Verdict v = bottom >= *expected ? Verdict::Match : *top >= *expected ? Verdict::Partial : Verdict::Mismatch;
    return make("wage", 15, v, workerValue, postValue);
}

Criterion atLeast(const char* name, int weight, int workerRank, const QString& workerValue, int postRank,
                  const QString& postValue)
{
    if (postRank == 0)
        return make(name, weight, Verdict::Match, workerValue, postValue);
    if (workerRank == 0)
        return make(name, weight, Verdict::Unknown, workerValue, postValue);
    const Verdict v = workerRank >= postRank       ? Verdict::Match
                      : workerRank + 1 == postRank ? Verdict::Partial
                                                   : Verdict::Mismatch;
    return make(name, weight, v, workerValue, postValue);
}

Criterion age(const WorkerFacts& w, const PostFacts& p, const QDate& today)
{
    const QString postValue = range(p.ageMin, p.ageMax);
    if (!w.birthDate.isValid())
        return make("age", 5, Verdict::Unknown, QString(), postValue);
    int years = today.year() - w.birthDate.year();
    if (QDate(today.year(), w.birthDate.month(), std::min(w.birthDate.day(), 28)) > today)
        --years;
    const QString workerValue = QString::number(years);
    if (!p.ageMin && !p.ageMax)
        return make("age", 5, Verdict::Match, workerValue, postValue);
    const int low = p.ageMin.value_or(0), high = p.ageMax.value_or(200);
    const Verdict v = years >= low && years <= high                           ? Verdict::Match
                      : years >= low - kAgeSlack && years <= high + kAgeSlack ? Verdict::Partial
                                                                              : Verdict::Mismatch;
    return make("age", 5, v, workerValue, postValue);
}

Criterion priority(const WorkerFacts& w)
{
    const Message value = w.hardship   ? JB_TR("Placement", "hardship case")
                          : w.keyGroup ? JB_TR("Placement", "key group")
                                       : JB_TR("Placement", "none");
    return make("priority", 5,
                w.hardship   ? Verdict::Match
                : w.keyGroup ? Verdict::Partial
                             : Verdict::Mismatch,
                value.text(), QString());
}

} // namespace

QString verdictKey(Verdict verdict)
{
    static const char* const keys[] = {"match", "partial", "mismatch", "unknown"};
    return QLatin1String(keys[static_cast<int>(verdict)]);
}

int Criterion::points() const
{
    return verdict == Verdict::Match ? weight : verdict == Verdict::Partial ? weight / 2 : 0;
}

Message criterionLabel(const QString& name)
{
    if (name == QLatin1String("trade"))
        return JB_TR("Placement", "Trade");
    if (name == QLatin1String("place"))
        return JB_TR("Placement", "Place");
    if (name == QLatin1String("wage"))
        return JB_TR("Placement", "Wage");
    if (name == QLatin1String("occupation_group"))
        return JB_TR("Placement", "Occupation group");
    if (name == QLatin1String("education"))
        return JB_TR("Placement", "Education");
    if (name == QLatin1String("skill_level"))
        return JB_TR("Placement", "Skill level");
    if (name == QLatin1String("age"))
        return JB_TR("Placement", "Age");
    return JB_TR("Placement", "Priority");
}

QString MatchContext::groupOf(const QString& term) const
{
    return synonymGroup.value(term.trimmed());
}

QStringList desiredTrades(const QString& text)
{
    // Split by hand at the separators (commas, slashes, semicolons, 、 and ASCII white space): matching calls this
    // twice for every candidate, and a regular expression cost more than the criteria themselves on the 1M-worker file.
    static const QString separators = QStringLiteral(",，、/;； \t\n\v\f\r"); // as \\s in the expression before
    QStringList trades;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool cut = i == text.size() || separators.contains(text.at(i));
        if (cut && start >= 0) {
            trades << text.mid(start, i - start);
            start = -1;
        } else if (!cut && start < 0) {
            start = i;
        }
    }
    return trades;
}

QVector<Criterion> judge(const WorkerFacts& worker, const PostFacts& post, const MatchContext& context)
{
    return {trade(worker, post, context),
            place(worker, post, context),
            wage(worker, post),
            occupation(worker, post, context),
            atLeast("education", 8, worker.educationRank, worker.education, post.educationRank, post.education),
            atLeast("skill_level", 7, worker.skillRank, worker.skill, post.skillRank, post.skill),
            age(worker, post, context.today),
            priority(worker)};
}

int totalScore(const QVector<Criterion>& criteria)
{
    int total = 0;
    for (const Criterion& c : criteria)
        total += c.points();
    return total;
}

} // namespace jb::core
