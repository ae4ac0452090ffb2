# The campaign profile: loader (with the broken profiles of tests/data/profiles) and taxonomy.
sd_add_test(test_profile_loader SOURCES unit/TestProfileLoader.cpp LIBS submitdesk-core LABELS unit;profile)
sd_add_test(test_taxonomy SOURCES unit/TestTaxonomy.cpp LIBS submitdesk-core LABELS unit;profile)
