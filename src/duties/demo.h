// The duties part of the demo board; see demo/demo_file.h.
#pragma once
#include "demo/demo_file.h"

namespace safeboard::duties {

void LoadDemo(demo::DemoLoad& load);

}  // namespace safeboard::duties
