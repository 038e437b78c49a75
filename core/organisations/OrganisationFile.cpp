#include "core/organisations/OrganisationFile.h"

#include "core/organisations/OrganisationRepository.h"

namespace jb::core {

Expected<std::unique_ptr<Database>> createOrganisationFile(const QString& path, const QString& homeCode)
{
    return Database::create(path,
                            [&homeCode](QSqlDatabase db) { return OrganisationRepository(db).seedHome(homeCode); });
}

} // namespace jb::core
