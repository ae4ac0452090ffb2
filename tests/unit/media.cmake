# Technical check (app/core/media): probe, policy, deep check, link check, CLI `check`.
sd_add_test(test_media_policy SOURCES unit/TestMediaPolicy.cpp LIBS submitdesk-core LABELS unit;media)
sd_add_test(test_media_probe SOURCES unit/TestMediaProbe.cpp LIBS submitdesk-core LABELS unit;media)
