/// Cairo or Pango cannot be loaded: the run stops before writing anything.
public struct GraphicsLibraryError: Error, CustomStringConvertible {
    /// One line naming the library or function that is missing and what to install.
    public let description: String
}
