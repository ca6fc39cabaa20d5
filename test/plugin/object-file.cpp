// The plugin runs after the normal compile (AddAfterMainAction): with findings it still writes
// the object file, which links and runs.
// RUN: rm -rf %t && mkdir -p %t
// RUN: %clangxx -fplugin=%serialscope_plugin -std=c++17 -c %s -o %t/main.o 2>&1 | FileCheck %s
// RUN: test -s %t/main.o
// RUN: %clangxx %t/main.o -o %t/main -lboost_serialization
// RUN: %t/main | FileCheck %s --check-prefix=OUTPUT

#include <boost/archive/text_oarchive.hpp>
#include <iostream>
#include <sstream>

int main() {
  struct Sample {
    int value = 42;
    void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & value; }
  };
  // CHECK: object-file.cpp:[[@LINE-4]]:10: warning: serializable type 'Sample' is declared in function 'main'
  std::ostringstream os;
  {
    boost::archive::text_oarchive ar(os, boost::archive::no_header);
    ar << Sample{};
  }
  std::cout << "archive: " << os.str() << "\n";
}

// OUTPUT: archive: 0 0 42
