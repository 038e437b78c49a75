list(APPEND JB_CORE_SOURCES
    storage/Database.h storage/Database.cpp
    storage/Transaction.h storage/Transaction.cpp
    storage/FileProbe.h storage/FileProbe.cpp
    storage/Migrations.h storage/Migrations.cpp
    storage/SchemaV1.cpp storage/ReferenceDefaults.cpp
    storage/SchemaV2.cpp storage/ActivitySummary.h storage/ActivitySummary.cpp
    storage/SchemaV3.cpp
    storage/SchemaV4.cpp storage/WorkerSearchIndex.h
    storage/SchemaV5.cpp
    storage/SchemaV6.cpp
    storage/SqlError.h storage/SqlError.cpp)
