// A file with CRLF line endings and tab indentation keeps both: the moved type and the
// function it leaves are written with CRLF, and nothing is left with a lone carriage return.
// RUN: %check_serialscope %s %t --fix --run --crlf --link=-lboost_serialization -- -std=c++17

#include <boost/archive/text_oarchive.hpp>
#include <iostream>
#include <sstream>

namespace shop {

// Writes a record.
int write() {
	// One record.
	struct Record {
		int id = 7;
		// The fields, in order.
		void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & id; }
	};
	// CHECK-MESSAGES: :[[@LINE-5]]:9: warning: serializable type 'Record' is declared in function 'shop::write': no reader outside can name it [serialscope-non-resolvable-type]
	// CHECK-MESSAGES: :[[@LINE-3]]:8: note: evidence [archive-member]: member function 'serialize' takes an archive

	Record r;
	std::ostringstream os;
	{
		boost::archive::text_oarchive ar(os, boost::archive::no_header);
		ar << r;
	}
	std::cout << os.str() << "\n";
	return 0;
}

} // namespace shop

int main() { return shop::write(); }

// CHECK-FIXES: namespace shop {
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: // One record.
// CHECK-FIXES-NEXT: struct Record {
// CHECK-FIXES-NEXT: 	int id = 7;
// CHECK-FIXES-NEXT: 	// The fields, in order.
// CHECK-FIXES-NEXT: 	void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & id; }
// CHECK-FIXES-NEXT: };
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: // Writes a record.
// CHECK-FIXES-NEXT: int write() {
// CHECK-FIXES: 	Record r;
