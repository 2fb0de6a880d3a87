import Foundation

print("0.1.0")
