list(APPEND JB_CORE_SOURCES
    reference/ReferenceEditor.h reference/ReferenceEditor.cpp)
