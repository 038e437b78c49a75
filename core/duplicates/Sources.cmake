list(APPEND JB_CORE_SOURCES
    duplicates/DuplicateFinder.h duplicates/DuplicateFinder.cpp
    duplicates/MergeSupport.h duplicates/MergeSupport.cpp
    duplicates/RecordMerge.h duplicates/RecordMerge.cpp duplicates/MergeUndo.cpp)
