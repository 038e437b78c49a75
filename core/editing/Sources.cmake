list(APPEND JB_CORE_SOURCES
    editing/RecordChange.h editing/RecordChange.cpp
    editing/EditableTables.h editing/EditableTables.cpp
    editing/RecordValidation.h editing/RecordValidation.cpp editing/ValidationSupport.h
    editing/WorkerValidation.cpp editing/EnterpriseValidation.cpp)
