// The second translation unit of header-one-finding.cpp.
#include "shared_types.h"

int second() { return shared::entriesOf(shared::Cache{}); }
