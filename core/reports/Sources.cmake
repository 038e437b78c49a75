list(APPEND JB_CORE_SOURCES
    reports/MonthlyReport.h reports/MonthlyReport.cpp
    reports/MonthLock.h reports/MonthLock.cpp)
