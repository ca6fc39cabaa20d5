// What the fix tests with a `main` print: a value's Boost text archive, so that the original
// and the fixed program can be compared by their output.
#ifndef SERIALSCOPE_TEST_PRINT_ARCHIVE_H
#define SERIALSCOPE_TEST_PRINT_ARCHIVE_H

#include <boost/archive/text_oarchive.hpp>
#include <iostream>
#include <sstream>

namespace app {

template <class T> void print(const T &Value) {
  std::ostringstream os;
  {
    boost::archive::text_oarchive ar(os, boost::archive::no_header);
    ar << Value;
  }
  std::cout << os.str() << "\n";
}

} // namespace app

#endif
