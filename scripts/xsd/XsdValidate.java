// Validates an XML file against XML Schema files (javax.xml.validation, in every JDK), for the
// LMS packages' imsmanifest.xml (scripts/lms-package.test.mjs). Run as a single-file program:
//   java scripts/xsd/XsdValidate.java <file.xml> <xml.xsd> <schema.xsd>...
// <xml.xsd> is the schema of the xml: namespace, used wherever a schema imports it (SCORM 1.2's
// own ims_xml.xsd binds the xml prefix itself, which a conforming parser refuses).
// Prints each error with its line and exits 1 when there is one; prints "valid" otherwise.
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.ls.DOMImplementationLS;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

public class XsdValidate {
  public static void main(String[] args) throws Exception {
    SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    File xmlNs = new File(args[1]);
    DOMImplementationLS ls = (DOMImplementationLS) DocumentBuilderFactory.newInstance()
        .newDocumentBuilder().getDOMImplementation();
    LSResourceResolver resolver = (type, namespace, publicId, systemId, baseUri) -> {
      if (!XMLConstants.XML_NS_URI.equals(namespace)) return null;
      LSInput input = ls.createLSInput();
      input.setSystemId(xmlNs.toURI().toString());
      return input;
    };
    factory.setResourceResolver(resolver);
    Source[] schemas = new Source[args.length - 2];
    for (int i = 2; i < args.length; i++) schemas[i - 2] = new StreamSource(new File(args[i]));
    Validator validator = factory.newSchema(schemas).newValidator();
    List<String> errors = new ArrayList<>();
    validator.setErrorHandler(new ErrorHandler() {
      public void warning(SAXParseException e) {}
      public void error(SAXParseException e) { errors.add(e.getLineNumber() + ": " + e.getMessage()); }
      public void fatalError(SAXParseException e) { errors.add(e.getLineNumber() + ": " + e.getMessage()); }
    });
    try {
      validator.validate(new StreamSource(new File(args[0])));
    } catch (SAXParseException e) {
      // Reported through the handler already.
    }
    for (String e : errors) System.out.println(e);
    if (!errors.isEmpty()) System.exit(1);
    System.out.println("valid");
  }
}
