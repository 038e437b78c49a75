#pragma once
// Internal to the demo generator: what happens to one demo worker after registering — referrals walking the
// pipeline and services received — planned in memory first, so the worker's row can carry the matching
// employment status and last contact date before anything is inserted.

#include "core/demo/DemoContext.h"

#include <QString>
#include <vector>

namespace jb::core::demo {

enum Stage { Recommended, Interviewed, Intention, Contract, Stable, Left, StageCount };

// Service types in the order of the default reference list.
enum ServiceType {
    JobReferralService,
    Training,
    Entrepreneurship,
    LegalAid,
    LegalConsultation,
    FinancialAid,
    Psychological,
    Visit,
    Insurance,
    Other, // added in v10: never a need, and planned without a draw (DemoActivity.cpp)
    ServiceTypeCount
};

// Key groups, in the order of the default reference list; bit i of WorkerFacts::groups.
enum KeyGroup { Migrant, Hardship, NewForm, Transferred, Disabled, KeyGroupCount };

struct WorkerFacts
{
    int registered = 0; // Julian day
    int unit = 0;
    int age = 30;
    bool male = true;
    unsigned groups = 0; // 1 << KeyGroup
    unsigned needs = 0;  // 1 << ServiceType
    const QString* name = nullptr;
    const QString* trade = nullptr;

    bool in(KeyGroup g) const { return (groups >> g) & 1U; }
    bool wants(ServiceType s) const { return (needs >> s) & 1U; }
};

struct PlannedReferral
{
    int vacancy = -1; // index into Context::vacancies
    int enterprise = 0;
    int fair = -1; // index into Context::fairs
    int count = 0;
    int stage[StageCount] = {};
    int day[StageCount] = {};

    int lastStage() const { return stage[count - 1]; }
    int lastDay() const { return day[count - 1]; }
};

struct PlannedService
{
    int type = Training;
    int day = 0;
    int endsDay = 0;     // 0: none
    bool atHome = false; // recorded by the county federation rather than the town
    int enterprise = -1;
    int completed = -1; // -1: NULL
    int employedAfter = -1;
    int projectStatus = -1; // 0 candidate, 1 selected
    qint64 amount = -1;     // yuan; -1: NULL
    qint64 provinceShare = -1;
    qint64 cityShare = -1;
    const char* subtype = "";
    const char* delivery = "";
    QString projectName;
    QString note;
};

// Referrals of one worker (none, one, or a second after the first came to nothing), each a dated walk through
// recommended → interviewed → intention → contract → stable/left ending no later than today. Hardship workers
// mostly get their first recommendation within the promise days of registering.
void planReferrals(const Context& ctx, DemoRandom& rng, const WorkerFacts& w, std::vector<PlannedReferral>& out);

// Services of one worker, following their needs and groups; insurance for contracts signed in the phase.
void planServices(const Context& ctx, DemoRandom& rng, const WorkerFacts& w,
                  const std::vector<PlannedReferral>& referrals, std::vector<PlannedService>& out);

} // namespace jb::core::demo
