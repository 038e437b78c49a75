list(APPEND JB_CORE_SOURCES
    metrics/MetricCatalog.h metrics/MetricCatalog.cpp
    metrics/Pace.h metrics/Pace.cpp
    metrics/Progress.h
    metrics/DrillDown.h)
