#pragma once
// DemoTables: the word lists the demo generator draws from (people's names, enterprise names, towns, roads,
// job titles, fair names, ...), decoded once from UTF-8 literals into QStrings so that assigning them to a row
// costs a reference count, not an allocation. Only the demo generator uses these; nothing here is reference data.

#include "core/demo/DemoRandom.h"

#include <QChar>
#include <QString>
#include <QStringList>
#include <QVector>

namespace jb::core::demo {

// A real town or park of 肥东县 (340122), with rough weights for where people live and where enterprises sit.
struct TownSeed
{
    QString name;
    QString shortName; // for enterprise names and addresses: 店埠, 撮镇, ...
    bool park = false;
    int workerWeight = 1;
    int enterpriseWeight = 1;
};

// An industry section (GB/T 4754) with its share of the demo's enterprises and the words that name its firms.
struct IndustrySeed
{
    QString code; // A–T, the reference_items code
    int weight = 0;
    QStringList words; // 机械制造, 食品, ... (the part between 字号 and the company suffix)
};

// A job title with what usually comes with it on a vacancy notice.
struct JobTitle
{
    QString title;
    QString trade;
    QString occupationCode; // occupation_group code 1–8
    QString educationCode;
    QString skillCode;
    QString sections; // industry sections it fits; "*" for any
    int wageLow = 3000;
    int wageHigh = 5000;
    int maxHeadcount = 5;
};

struct DemoTables
{
    QVector<QChar> surnames;
    std::vector<qint64> surnameWeights;
    WeightedPicker surnamePicker;
    QVector<QChar> maleChars;
    QVector<QChar> femaleChars;
    QVector<QChar> brandChars; // 字号 characters for enterprise names

    QVector<TownSeed> feidongTowns;
    QStringList roads;
    QVector<IndustrySeed> industries;
    QVector<JobTitle> titles;
    QStringList desiredTrades; // what workers say they want
    std::vector<qint64> desiredTradeWeights;
    QStringList outOfProvinceCities;
    QStringList inProvinceCities;
    QStringList benefits;
    QStringList requirements;
    QStringList mobilePrefixes;

    QStringList industryFairThemes;
    QStringList groupFairThemes;
    QStringList occupationFairThemes;
    QStringList projectPatterns; // %1 town short name, %2 brand
    QStringList trainingCourses; // %1 trade
    QStringList legalAidNotes;
    QStringList consultationNotes;
    QStringList financialAidNotes;
    QStringList psychologicalNotes;
    QStringList visitNotes;
    QStringList labourRiskNotes;
    QStringList chineseNumerals; // 一 … 二十, for generic sub-unit names
};

const DemoTables& demoTables();

// "王伟", "李秀英": a weighted common surname and a one- or two-character given name for the gender.
QString personName(DemoRandom& rng, bool male);

// Home-division name without its level suffix, for names and addresses: 肥东县 → 肥东, 合肥市 → 合肥.
QString shortPlaceName(const QString& divisionName);

} // namespace jb::core::demo
