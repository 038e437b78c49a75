#include "core/fairs/Fair.h"

namespace jb::core {

namespace {

const char* const kStatusKeys[] = {"planned", "held", "closed"};
const char* const kFormKeys[] = {"offline", "online", "livestream", "mixed"};

} // namespace

QString fairStatusKey(FairStatus status)
{
    return QLatin1String(kStatusKeys[static_cast<int>(status)]);
}

std::optional<FairStatus> fairStatusFromKey(const QString& key)
{
    for (int i = 0; i < 3; ++i)
        if (key == QLatin1String(kStatusKeys[i]))
            return static_cast<FairStatus>(i);
    return std::nullopt;
}

QString fairFormKey(FairForm form)
{
    return QLatin1String(kFormKeys[static_cast<int>(form)]);
}

std::optional<FairForm> fairFormFromKey(const QString& key)
{
    for (int i = 0; i < 4; ++i)
        if (key == QLatin1String(kFormKeys[i]))
            return static_cast<FairForm>(i);
    return std::nullopt;
}

Message fairStatusName(FairStatus status)
{
    switch (status) {
    case FairStatus::Planned:
        return JB_TR("Fairs", "Planned");
    case FairStatus::Held:
        return JB_TR("Fairs", "Held");
    case FairStatus::Closed:
        return JB_TR("Fairs", "Closed");
    }
    return {};
}

Message fairFormName(FairForm form)
{
    switch (form) {
    case FairForm::Offline:
        return JB_TR("Fairs", "Offline");
    case FairForm::Online:
        return JB_TR("Fairs", "Online");
    case FairForm::Livestream:
        return JB_TR("Fairs", "Live-stream");
    case FairForm::Mixed:
        return JB_TR("Fairs", "Offline with a live-stream");
    }
    return {};
}

const QStringList& fairKindCodes()
{
    static const QStringList codes = {QStringLiteral("unified"), QStringLiteral("industry"),
                                      QStringLiteral("group"),   QStringLiteral("occupation"),
                                      QStringLiteral("regular"), QStringLiteral("campus")};
    return codes;
}

} // namespace jb::core
