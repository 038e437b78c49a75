list(APPEND JB_CORE_SOURCES
    metrics/MetricCatalog.h metrics/MetricCatalog.cpp
    metrics/Pace.h metrics/Pace.cpp
    metrics/Progress.h metrics/Progress.cpp metrics/SummaryKeys.h
    metrics/ProgressJson.h metrics/ProgressJson.cpp
    metrics/DrillDown.h metrics/DrillDown.cpp)
