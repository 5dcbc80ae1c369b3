package catalog

// exceptions are framework exceptions and the status each framework sends
// when one goes unhandled. Sorted by ecosystem, then name.
var exceptions = []ErrorName{
	{Ecosystem: "nestjs", Kind: Exception, Name: "ConflictException", Spellings: []string{"@nestjs/common ConflictException"}, Code: 409,
		Source: "nestjs/nest packages/common/exceptions/conflict.exception.ts@22008976ec4e"},
	{Ecosystem: "rails", Kind: Exception, Name: "ActiveRecord::RecordNotFound", Code: 404,
		Source: "rails/rails activerecord/lib/active_record/railtie.rb@v8.1.3.1"},
	{Ecosystem: "spring", Kind: Exception, Name: "HttpMediaTypeNotSupportedException", Spellings: []string{"org.springframework.web.HttpMediaTypeNotSupportedException"}, Code: 415,
		Source: "spring-projects/spring-framework spring-webmvc/src/main/java/org/springframework/web/servlet/mvc/support/DefaultHandlerExceptionResolver.java@v7.0.9"},
	{Ecosystem: "symfony", Kind: Exception, Name: "NotFoundHttpException", Spellings: []string{`Symfony\Component\HttpKernel\Exception\NotFoundHttpException`}, Code: 404,
		Source: "symfony/symfony src/Symfony/Component/HttpKernel/Exception/NotFoundHttpException.php@v7.1.5"},
}
