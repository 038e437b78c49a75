list(APPEND JB_CORE_SOURCES
    repo/AuditLog.h repo/AuditLog.cpp
    repo/OrganisationRepository.h repo/OrganisationRepository.cpp
    repo/ReferenceRepository.h repo/ReferenceRepository.cpp
    repo/SettingsRepository.h repo/SettingsRepository.cpp
    repo/StatsRepository.h repo/StatsRepository.cpp)
