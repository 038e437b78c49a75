list(APPEND JB_CORE_SOURCES
    demo/DemoGenerator.h demo/DemoGenerator.cpp
    demo/DemoContext.h demo/DemoContext.cpp
    demo/DemoRandom.h
    demo/DemoNames.h demo/DemoNames.cpp
    demo/DemoIdentifiers.h demo/DemoIdentifiers.cpp
    demo/DemoEnterprises.cpp
    demo/DemoFairs.cpp
    demo/DemoActivity.h demo/DemoActivity.cpp
    demo/DemoStaging.h demo/DemoStaging.cpp
    demo/DemoWorkers.cpp)
