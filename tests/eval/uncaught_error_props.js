// an uncaught error's own properties print after its stack
class ValidationError extends Error {
  constructor(message, field) { super(message); this.name = 'ValidationError'; this.field = field; }
}
throw new ValidationError('bad input', 'email');
