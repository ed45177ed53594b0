// The training part of the demo board (issue 17); see demo/NOTES.md.
#pragma once
#include "demo/demo_file.h"

namespace safeboard::training {

void LoadDemo(demo::DemoLoad& load);

}  // namespace safeboard::training
