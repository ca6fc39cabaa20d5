// Found by the fix fuzzer (test/fuzz-fixes): a file with CRLF line endings. The moved type
// must keep the file's CRLF, and the lines it leaves behind must not end in CR CR LF.
// (Once the moved text was written with LF, and the removal left `\r\r\n` behind.)
// RUN: rm -rf %t.d && mkdir -p %t.d
// RUN: %python %S/Inputs/line-endings.py crlf %s %t.d/input.cpp
// RUN: cp %t.d/input.cpp %t.d/fixed.cpp
// RUN: not %serialscope --fix %t.d/fixed.cpp -- -std=c++17
// RUN: %python %S/Inputs/line-endings.py check-crlf %t.d/input.cpp %t.d/fixed.cpp
// RUN: %clangxx -std=c++17 %t.d/fixed.cpp -o %t.d/fixed -lboost_serialization
// RUN: %t.d/fixed | FileCheck %s

#include <boost/archive/text_oarchive.hpp>
#include <iostream>
#include <sstream>

namespace app {
void save() {
  struct Point {
    int x = 4;
    void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & x; }
  };
  std::ostringstream os;
  {
    boost::archive::text_oarchive ar(os, boost::archive::no_header);
    ar << Point();
  }
  std::cout << os.str() << "\n";
}
} // namespace app

int main() { app::save(); }
// CHECK: 0 0 4
