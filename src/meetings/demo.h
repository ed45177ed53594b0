// The meetings part of the demo board; see demo/demo_file.h.
#pragma once
#include "demo/demo_file.h"

namespace safeboard::meetings {

void LoadDemo(demo::DemoLoad& load);

}  // namespace safeboard::meetings
