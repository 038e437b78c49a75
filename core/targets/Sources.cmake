list(APPEND JB_CORE_SOURCES
    targets/Period.h targets/Period.cpp
    targets/PeriodRepository.h targets/PeriodRepository.cpp
    targets/TargetRepository.h targets/TargetRepository.cpp
    targets/TargetSplit.h targets/TargetSplit.cpp)
