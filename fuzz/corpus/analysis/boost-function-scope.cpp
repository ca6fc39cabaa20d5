#include <boost/archive/text_oarchive.hpp>
#include <boost/serialization/access.hpp>
namespace app {
int save() {
  struct Point {
    int x = 1, y = 2;
    void serialize(boost::archive::text_oarchive &ar, const unsigned int) { ar & x & y; }
  };
  boost::archive::text_oarchive out;
  Point p;
  out << p;
  return p.x;
}
}
