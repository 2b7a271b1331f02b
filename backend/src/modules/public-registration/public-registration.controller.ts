import { Body, Controller, Get, Param, Post, UseGuards } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import { PublicEventDto, PublicRegistrationResponse } from '@pathway/contracts';
import { Public } from '../../common/auth/access.decorators';
import { ApiRateLimited } from '../../common/http/rate-limited.decorator';
import { PublicRegistrationDto } from './dto/public-registration.dto';
import { PublicRegistrationService } from './public-registration.service';

@ApiTags('public')
@Controller('public/events')
@UseGuards(ThrottlerGuard)
@ApiRateLimited('Too many requests from this address in a minute')
export class PublicRegistrationController {
  constructor(private readonly registrations: PublicRegistrationService) {}

  @Get(':slug')
  @Public()
  @ApiOperation({ summary: 'What anyone may see of an event (no sign-in)' })
  event(@Param('slug') slug: string): Promise<PublicEventDto> {
    return this.registrations.event(slug);
  }

  @Post(':slug/register')
  @Public()
  @ApiOperation({ summary: 'Sign up for an event (no sign-in; consent to contact required; same answer for new and known people)' })
  register(@Param('slug') slug: string, @Body() body: PublicRegistrationDto): Promise<PublicRegistrationResponse> {
    return this.registrations.register(slug, body);
  }
}
